// Progress of a long step (a seed of 100,000 models) for a person watching: on a terminal one
// line rewritten in place; otherwise (a log file, CI) a plain line at every tenth of a step of
// a thousand or more, so that a log of a small seed stays as it was.
export function progressLine(label: string, out: NodeJS.WriteStream = process.stderr) {
  let printed = 0;
  return (done: number, total: number) => {
    const text = `${label}: ${done.toLocaleString("en")} of ${total.toLocaleString("en")}`;
    if (out.isTTY) {
      out.write(done >= total ? `\r${text}\n` : `\r${text}`);
    } else if (total >= 1000 && (done >= total || done - printed >= total / 10)) {
      out.write(`${text}\n`);
      printed = done;
    }
  };
}
