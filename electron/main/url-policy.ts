// Which URLs the shell trusts. Every check parses with WHATWG URL and compares exact parts;
// no prefix or substring matching (https://www.dvi.gov.lv.evil.example must not pass).
import { APP_HOST, APP_ORIGIN, APP_SCHEME, EXTERNAL_HOST_ALLOW_LIST } from './constants';

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

const hasNoCredentialsOrPort = (url: URL): boolean =>
  url.username === '' && url.password === '' && url.port === '';

/** A URL of the app's own origin (app://renderer/...). */
export const isAppUrl = (url: string): boolean => {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    hasNoCredentialsOrPort(parsed)
  );
};

/** The structural part of Electron's WebFrameMain that the sender check needs. */
export type SenderFrameLike = {
  readonly url: string;
  readonly parent: unknown;
};

/** An IPC message is trusted only from the app's top-level frame: not a subframe, not
 * devtools, not file://, not another host of the app scheme (e.g. the PDF preview). */
export const isTrustedSenderFrame = (frame: SenderFrameLike | null | undefined): boolean =>
  frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);

/** Top-level navigation: only within the app origin (e.g. a reload after locking). */
export const isAllowedNavigation = (url: string): boolean => isAppUrl(url);

/** Links that may be handed to the system browser. */
export const isAllowedExternalUrl = (url: string): boolean => {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === 'https:' &&
    hasNoCredentialsOrPort(parsed) &&
    EXTERNAL_HOST_ALLOW_LIST.includes(parsed.hostname)
  );
};

export { APP_ORIGIN };
