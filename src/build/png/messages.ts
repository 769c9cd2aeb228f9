/** What the build's PNG pool and its worker threads say to each other. */
export interface PngRequest {
  id: number;
  svg: string;
}

export type PngReply = { id: number; png: Uint8Array } | { id: number; error: string };
