// A minimal event emitter with Electron's on/once/off shape. Each fake class declares which
// Electron interface it implements, so the compiler checks the event names and listener
// signatures the main bundle uses against Electron's own d.ts. `Self` is the Electron type the
// methods return for chaining (the bundle never chains, so the fake returns itself as that).
export type AnyListener = (...args: never[]) => unknown;
type Callable = (...args: unknown[]) => unknown;

export class Emitter<Self = unknown> {
  private readonly listeners = new Map<string, AnyListener[]>();

  private self(): Self {
    return this as unknown as Self;
  }

  on(event: string, listener: AnyListener): Self {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this.self();
  }

  once(event: string, listener: AnyListener): Self {
    const wrapped = (...args: unknown[]): unknown => {
      this.off(event, wrapped);
      return (listener as Callable)(...args);
    };
    return this.on(event, wrapped);
  }

  off(event: string, listener: AnyListener): Self {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((l) => l !== listener),
    );
    return this.self();
  }

  removeListener(event: string, listener: AnyListener): Self {
    return this.off(event, listener);
  }

  /** Calls every listener of `event` with `args`; returns how many there were. */
  emit(event: string, ...args: unknown[]): number {
    const current = this.listeners.get(event) ?? [];
    // Listeners are stored without their parameter types; the emitting test supplies them.
    for (const listener of current) (listener as Callable)(...args);
    return current.length;
  }

  listenerCount(event: string): number {
    return (this.listeners.get(event) ?? []).length;
  }
}

/** An Electron-style event whose default the listener may prevent. */
export const preventableEvent = <T extends object>(params: T) => {
  const event = {
    ...params,
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
};
