import type { IncomingMessage } from "node:http";

/**
 * Reads a request body of known length and puts it back, so the framework behind reads it as if untouched.
 * The bytes stay in the stream's own buffer (unshift), so nothing about the request object changes.
 */
export function peekBody(request: IncomingMessage, length: number): Promise<Buffer> {
  if (length === 0) return Promise.resolve(Buffer.alloc(0));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (error?: Error) => {
      request.off("readable", onReadable);
      request.off("error", finish);
      request.off("end", onEnd);
      if (error) return reject(error);
      const body = Buffer.concat(chunks);
      request.unshift(body);
      resolve(body);
    };
    const onReadable = () => {
      let chunk: Buffer | null;
      while (size < length && (chunk = request.read() as Buffer | null) !== null) {
        chunks.push(chunk);
        size += chunk.length;
      }
      if (size >= length) finish();
    };
    // The client sent less than it announced; Node ends the stream once the connection closes.
    const onEnd = () => finish(new Error("request body shorter than its Content-Length"));
    request.on("readable", onReadable);
    request.on("error", finish);
    request.on("end", onEnd);
  });
}
