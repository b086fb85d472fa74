/**
 * The yardstick for the story page's throughput: a plain node:http server that
 * answers every request with one HTML file saved from the real server, read
 * from disk on each request (the OS keeps it cached), with no framework.
 * Usage: node bench/static-server.mjs <file.html> <port>
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';

const [file, port] = process.argv.slice(2);
const { size } = statSync(file);
const server = createServer((request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': size });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
});
server.listen(Number(port), '127.0.0.1', () => console.log(`static server on 127.0.0.1:${port}`));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
