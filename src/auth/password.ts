// Password hashing for better-auth, in its own format (salt:key, scrypt N=16384 r=16 p=1,
// 64 bytes) so that hashes stay interchangeable with its default. Ours compares the keys in
// constant time: better-auth 1.7's verify compares hex strings with ===, which returns as soon
// as a character differs. scrypt runs on libuv's thread pool, not on the event loop.
import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

const params = { N: 16384, r: 16, p: 1, maxmem: 128 * 16384 * 16 * 2 };
const keyLength = 64;

function derive(password: string, salt: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFKC"), salt, keyLength, params, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16).toString("hex");
  return `${salt}:${(await derive(password, salt)).toString("hex")}`;
}

export async function verifyPassword({ hash, password }: { hash: string; password: string }): Promise<boolean> {
  const [salt, key] = hash.split(":");
  if (!salt || !key || !/^[0-9a-f]+$/.test(key)) return false;
  const expected = Buffer.from(key, "hex");
  const actual = await derive(password, salt);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
