// The main window's size and position, remembered across starts in userData/window-state.json.
// A saved state is used only when it is well-formed and still lies on a connected display
// (a laptop undocked from its second monitor must not open the window off-screen).
import { z } from 'zod';

export type Rectangle = {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
};
export type WindowState = Rectangle & { readonly maximized: boolean };

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;

const stateSchema = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(MIN_WINDOW_SIZE.width).max(20_000),
  height: z.number().int().min(MIN_WINDOW_SIZE.height).max(20_000),
  maximized: z.boolean(),
});

/** Parses the saved file's text; undefined when missing, not JSON or not a state. */
export const parseWindowState = (text: string | undefined): WindowState | undefined => {
  if (text === undefined) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = stateSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
};

/** Serialises a state for the file. */
export const serializeWindowState = (state: WindowState): string =>
  `${JSON.stringify(stateSchema.parse(state))}\n`;

const overlap = (a: Rectangle, b: Rectangle): number => {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
};

/**
 * The saved state when its title bar area can be reached on one of the displays' work areas
 * (at least 100 × 50 px of the window's top visible); otherwise undefined (use the default).
 */
export const restorableState = (
  saved: WindowState | undefined,
  workAreas: readonly Rectangle[],
): WindowState | undefined => {
  if (saved === undefined) return undefined;
  const titleBar = { x: saved.x, y: saved.y, width: saved.width, height: 50 };
  const reachable = workAreas.some((area) => overlap(titleBar, area) >= 100 * 50);
  return reachable ? saved : undefined;
};
