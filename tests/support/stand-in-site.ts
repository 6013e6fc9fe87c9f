// A local stand-in for the web pages evidence cites: fixed pages, redirects, a 404, a page that
// never answers, an oversized one, and a page whose text the test can change. Counts every hit.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FetchLimits } from '@/lib/evidence-archive/fetch-types';

export interface StandInSite {
  origin: string;
  hits: Map<string, number>;
  /** The readable text the page /changing serves, for the watch tests. */
  changing: { paragraphs: string[]; status: number };
  close: () => Promise<void>;
}

const ARTICLE = (title: string, paragraphs: string[]) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
<script>document.cookie = "stolen=1; path=/"; window.archiveScriptRan = true;</script></head>
<body><nav>Home | News | Sport</nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>
<script>document.body.setAttribute('data-script-ran', 'yes'); document.title = 'SCRIPT RAN';</script></body></html>`;

export const REPORT_PARAGRAPHS = [
  'The regional water authority inspected the Sukamaju dam in March and again in September of this year.',
  'Its report lists the spillway gates as working and the embankment as sound, with two small repairs scheduled.',
  'Inspectors said the dam had been checked every year since 2015, contrary to claims made after the flood.',
];

/** Fetch limits for tests against a stand-in on loopback: short timeout, the real size and redirect limits. */
export const STAND_IN_LIMITS: FetchLimits = {
  timeoutMs: 1_500,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  allowedPorts: [],
  allowLoopback: true,
  userAgent: 'ClaimDesk/test',
};

export interface StandInOptions {
  /** A fixed port (the browser tests' worker needs a known address); any free one by default. */
  port?: number;
  /** Extra routes, tried first: true when it answered the request. */
  handle?: (request: IncomingMessage, response: ServerResponse, site: StandInSite) => boolean;
}

export async function startStandInSite(options: StandInOptions = {}): Promise<StandInSite> {
  const hits = new Map<string, number>();
  const changing = { paragraphs: [...REPORT_PARAGRAPHS], status: 200 };
  const site: StandInSite = {
    origin: '',
    hits,
    changing,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (options.handle?.(request, response, site)) return;
    if (path === '/report' || path.startsWith('/page/')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE('Dam inspection report', REPORT_PARAGRAPHS));
    } else if (path.startsWith('/plain/')) {
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(`Plain page ${path}`);
    } else if (path === '/moved') {
      response.writeHead(301, { location: '/hop' }).end();
    } else if (path === '/hop') {
      response.writeHead(302, { location: '/report' }).end();
    } else if (path === '/loop') {
      response.writeHead(302, { location: '/loop' }).end();
    } else if (path === '/slow') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<html><body><p>Starting'); // and never finishes
    } else if (path === '/huge') {
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 12 * 1024 * 1024) {
          sent += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      response.on('close', () => (sent = Infinity));
      pump();
    } else if (path === '/to-private') {
      response.writeHead(302, { location: 'http://10.0.0.1/secret' }).end();
    } else if (path === '/paper.pdf') {
      response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4\n% a tiny stand-in pdf\n%%EOF\n');
    } else if (path === '/changing') {
      response
        .writeHead(changing.status, { 'content-type': 'text/html; charset=utf-8' })
        .end(ARTICLE('Dam inspection report', changing.paragraphs));
    } else {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<html><body><h1>Not found</h1></body></html>');
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  site.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return site;
}
