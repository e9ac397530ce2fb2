// Instants for Playwright's clock given as the institution's wall-clock time: the browser runs in
// Europe/Riga (fixtures.ts), which is UTC+2 in winter and UTC+3 in summer.

const rigaParts = (instant: Date): string =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Riga',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(instant);

/** The instant when Riga's clocks show `day` ('YYYY-MM-DD') at `time` ('HH:MM'). */
export const rigaInstant = (day: string, time: string): Date => {
  for (const offset of ['+02:00', '+03:00']) {
    const instant = new Date(`${day}T${time}:00${offset}`);
    if (rigaParts(instant) === `${day} ${time}`) return instant;
  }
  throw new Error(`no Riga instant for ${day} ${time}`);
};

/** Riga's date ('YYYY-MM-DD') at an instant. */
export const rigaDay = (instant: Date): string => rigaParts(instant).slice(0, 10);
