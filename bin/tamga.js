#!/usr/bin/env node
'use strict';
// The `tamga` command. The build bundles src-main/cli/entry.ts to out/main/cli.js; run `npm run build` first.
require('../out/main/cli.js');
