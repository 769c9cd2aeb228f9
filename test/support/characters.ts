/**
 * Characters that output must never carry raw, written apart from the
 * escapers in src/model/text/hidden.ts so the tests do not check the code
 * against itself. Matching control characters is the point here, so
 * ESLint's no-control-regex is off for this file.
 */
/* eslint-disable no-control-regex */

/** Control characters a terminal acts on or HTML cannot carry: C0 but tab and line breaks, DEL, C1. */
export const RAW_CONTROL = new RegExp(
  '[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]',
);

/** All of those, line breaks and tab, bidi controls, zero-width characters and line separators: what a one-line message must not hold. */
export const UNSHOWN = new RegExp(
  '[\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2069\\ufeff\\u2028\\u2029]',
);
