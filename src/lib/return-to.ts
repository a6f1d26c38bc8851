// Deep links survive signing in: the sign-in page is given the page that was asked for (`?next=`), and
// goes there after. Only a path of this console is followed, never another site.
export function signInPath(next: string, page = '/sign-in'): string {
  return next === '/' ? page : `${page}?next=${encodeURIComponent(next)}`;
}

export function returnPath(search: URLSearchParams): string {
  const next = search.get('next');
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
