import { join } from 'node:path';
import { homedir } from 'node:os';
import { createApp } from '../app/create-app';
import { readOption, resolveDataDir } from '../app/data-dir';
import { startBrowserHost, type BrowserHost } from './browser-host';
import { evidenceRoutes } from '../evidence/evidence-http';
import { bundleDownloadRoute } from '../bundle/bundle-download';
import { bundleCheckRoute } from '../bundle/bundle-handlers';
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
  const host = await startBrowserHost({ rendererDir: join(__dirname, '../renderer'), handlers: app.handlers, port, routes: [evidenceRoutes(app.vault), bundleDownloadRoute(join(dataDir, 'exports')), bundleCheckRoute(app.vault, dataDir)] });
  attached.host = host;
  process.stdout.write(`Tamga browser host, data in ${dataDir}. Open this address:\n${host.url}\n`);
  const stop = (): void => {
    host.dispose();
    app.dispose();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
