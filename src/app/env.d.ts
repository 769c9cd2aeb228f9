/** The theme's CSS variables (src/build/theme-css.ts). */
declare module 'virtual:theme.css';
/** Set at build time from claims/ (src/build/embeds-plugin.ts). */
declare const __DATA_VERSION__: string;
/** The day the site was built (not the date of any figure). */
declare const __COMPILED_DATE__: string;
/** The dashboard's public address (CLAIMS_PUBLIC_URL, ending in /), '' when none was set. */
declare const __PUBLIC_URL__: string;
