// Names the shell is built around. No personal data ever lives in the main process.

/** The renderer is served over this privileged custom scheme, never file://. */
export const APP_SCHEME = 'app';
/** Host of the renderer bundle (out/renderer). */
export const APP_HOST = 'renderer';
/** Host of one-time, in-memory PDF preview URLs. A different origin from the app on purpose:
 * a page there is never a trusted IPC sender. */
export const PRINT_HOST = 'print';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** ASCII folder under %APPDATA%: stable whatever the product name or UI language says. */
export const USER_DATA_DIR_NAME = 'PiekrisanuRegistrs';
export const PRODUCT_NAME = 'Piekrišanu reģistrs';
/** Windows AppUserModelID: electron-builder.yml's appId, so the running window groups with its
 * Start-menu and taskbar shortcut (builder-config.test.ts keeps the two equal). */
export const APP_USER_MODEL_ID = 'lv.piekrisanuregistrs.app';

/** External links the app may open in the system browser: https only, exact host names. */
export const EXTERNAL_HOST_ALLOW_LIST: readonly string[] = [
  'www.dvi.gov.lv',
  'dvi.gov.lv',
  'vdai.lrv.lt',
  'www.vdai.lrv.lt',
  'likumi.lv',
];
