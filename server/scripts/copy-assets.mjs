// tsc compiles TypeScript only: copy the JSON translation files next to the compiled modules.
import { cpSync } from 'node:fs';
for (const dir of ['server/common/locales', 'emails/locales']) cpSync(dir, `dist/${dir}`, { recursive: true });
