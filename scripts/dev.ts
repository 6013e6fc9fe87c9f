// `npm run dev`: the app on http://localhost:3000 with the embedded database and demo data.
import { runApp } from './lib/run-app';

await runApp('dev');
