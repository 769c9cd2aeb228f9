/** Cell value rules shared by the checker and the CLI's writers. */

// Plain decimals only: "1,2,3", "12abc", "NaN", "Infinity" and "1e309" are all
// rejected, so a figure in the CSV reads the same to people and programs.
const PLAIN_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;

export function parsePlainNumber(raw: string): number | undefined {
  if (!PLAIN_NUMBER.test(raw)) return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

export function parseInteger(raw: string): number | undefined {
  if (!/^-?(?:0|[1-9][0-9]*)$/.test(raw)) return undefined;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day. */
export function isPartialDate(raw: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

export function isCalendarDate(raw: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(raw) && isPartialDate(raw);
}
