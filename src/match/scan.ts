// Scanning helpers shared by the match stage's steps. `String.prototype.matchAll` clones its
// RegExp on every call (the spec's species constructor), which cost more than the matching on
// short sentences: these run the expression itself.

/** Every match of a global expression in `text`, in order (the expression's lastIndex is reset). */
export function execAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place.
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}
