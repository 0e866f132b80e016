// A 404 outside any locale (rare: the proxy sends unknown paths to /fi/…). Says it in all
// three languages, since we do not know the reader's.
/* eslint-disable @next/next/no-html-link-for-pages -- each link leaves for another root layout (a locale), so a full page load is right */
import "./globals.css";

export default function RootNotFound() {
  return (
    <html lang="fi">
      <body className="p-8 font-sans">
        <main>
          <h1 className="text-2xl font-bold">404</h1>
          <p>
            <a className="underline" href="/fi">Palaset</a>
            {" · "}
            <a className="underline" href="/sv" lang="sv">Palaset</a>
            {" · "}
            <a className="underline" href="/en" lang="en">Palaset</a>
          </p>
        </main>
      </body>
    </html>
  );
}
