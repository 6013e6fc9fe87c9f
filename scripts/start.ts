// `npm start`: the production server (after `npm run build`) on DATABASE_URL, or the embedded demo.
import { runApp } from './lib/run-app';

await runApp('start');
