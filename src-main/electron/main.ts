import * as electron from 'electron';
import { join } from 'node:path';
import { startElectronApp } from './electron-app';

startElectronApp(electron, { preload: join(__dirname, '../preload/preload.cjs'), rendererDir: join(__dirname, '../renderer') });
