// The browser host's one address (issue 14, defect 12). The browser keeps the register's
// storage per origin (scheme + host + port): served on a random port, every `npm start` opened
// an empty register. The app is served on one fixed port, REGISTER_PORT when set; when that
// port is taken, the start stops with a clear message instead of moving to another origin.
import { startServer } from './serve.mjs';

/** The port `npm start` serves on unless REGISTER_PORT says otherwise. */
export const DEFAULT_APP_PORT = 47615;

/**
 * The port from `env.REGISTER_PORT` (an integer 1024–65535), else DEFAULT_APP_PORT.
 * Throws an Error with a message for the user when the value is not such a number.
 */
export const resolveAppPort = (env) => {
  const raw = env.REGISTER_PORT;
  if (raw === undefined || raw.trim() === '') return DEFAULT_APP_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new Error(
      `REGISTER_PORT="${raw}" nav derīgs porta numurs (vajag veselu skaitli 1024–65535). / ` +
        'REGISTER_PORT is not a valid port number (an integer 1024–65535).',
    );
  }
  return port;
};

/** The one line `npm start` prints when the port is taken. */
export const portTakenMessage = (port) =>
  `Ports ${port} jau ir aizņemts: varbūt reģistrs jau ir atvērts. Aizveriet otru logu vai ` +
  `programmu un palaidiet vēlreiz (reģistra dati ir piesaistīti šim portam; citu portu ` +
  `izvēlieties ar REGISTER_PORT un lietojiet to vienmēr). / Port ${port} is already in use: ` +
  'is the register already open? Close the other window or program and start again.';

/**
 * Serves the built renderer on the app's fixed port. Resolves with the server and its URL;
 * rejects with an Error whose message is portTakenMessage(port) when the port is in use.
 */
export const openAppServer = async (env) => {
  const port = resolveAppPort(env);
  try {
    const server = await startServer(port);
    return { server, url: `http://127.0.0.1:${port}/` };
  } catch (error) {
    if (error && error.code === 'EADDRINUSE') {
      throw new Error(portTakenMessage(port), { cause: error });
    }
    throw error;
  }
};
