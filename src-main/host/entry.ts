import { join } from 'node:path';
import { homedir } from 'node:os';
import { createInterface } from 'node:readline';
import { createApp } from '../app/create-app';
import { readOption, resolveDataDir } from '../app/data-dir';
import { startBrowserHost, type BrowserHost } from './browser-host';
import { evidenceRoutes } from '../evidence/evidence-http';
import { bundleDownloadRoute } from '../bundle/bundle-download';
import { bundleCheckRoute } from '../bundle/bundle-handlers';
import { bundleReceiveRoute } from '../bundle/receive-handlers';
import { version } from '../../package.json';

/** `npm run dev:browser`: the same services as the Electron app, served to a browser on loopback. */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const dataDir = resolveDataDir(argv, process.env, () => join(homedir(), '.tamga'));
  const portText = readOption(argv, '--port') ?? process.env.TAMGA_PORT;
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`Invalid port: ${portText}\n`);
    process.exit(2);
  }
  // The app needs somewhere to push events before the host that carries them exists.
  const attached: { host?: BrowserHost } = {};
  const app = createApp({ dataDir, host: 'browser', version, emit: (event, payload) => attached.host?.emit(event, payload) });
  const log = (error: unknown): void => console.error(error);
  const routes = [evidenceRoutes(app.vault, log), bundleDownloadRoute(join(dataDir, 'exports'), log), bundleCheckRoute(app.vault, dataDir, log), bundleReceiveRoute(app.vault, dataDir, log)];
  const host = await startBrowserHost({ rendererDir: join(__dirname, '../renderer'), handlers: app.handlers, port, routes, log });
  attached.host = host;
  // Each address works once (a reload of the same tab keeps working); Enter prints another for a new tab.
  process.stdout.write(`Tamga browser host, data in ${dataDir}. Open this address (it works once; press Enter here for another):\n${host.url}\n`);
  createInterface({ input: process.stdin }).on('line', () => process.stdout.write(`${host.newLaunchUrl()}\n`));
  const stop = (): void => {
    host.dispose();
    app.dispose();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
