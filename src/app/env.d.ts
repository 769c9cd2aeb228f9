/** Set at build time from claims/ (src/build/embeds-plugin.ts). */
declare const __DATA_VERSION__: string;
/** The day the site was built (not the date of any figure). */
declare const __COMPILED_DATE__: string;
