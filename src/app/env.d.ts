/** Set at build time from claims/ (src/build/embeds-plugin.ts). */
declare const __DATA_VERSION__: string;
declare const __DATA_DATE__: string;
