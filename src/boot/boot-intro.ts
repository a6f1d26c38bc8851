// The first paint shows the page being opened, its title and intro, before any script arrives: the build
// writes this function into index.html with the intros table (vite.config.ts, bootIntro). It runs there
// as plain inline script, so it imports nothing and reads only what it is given.

export type BootIntros = Record<string, { title: string; subtitle: string }>;

/** Which org page a path opens: `/` and an org's root open its Users page (src/app/router.tsx). */
export function paintBootIntro(intros: BootIntros, base: string, doc: Document): void {
  const path = doc.location.pathname.startsWith(base)
    ? `/${doc.location.pathname.slice(base.length)}`
    : doc.location.pathname;
  const match = /^\/(?:account-settings\/[^/]+(?:\/([^/]+))?\/?)?$/.exec(path);
  const intro = match ? intros[match[1] ?? 'users'] : undefined;
  const page = doc.getElementById('boot-page');
  if (!intro || !page) return;
  const header = doc.createElement('header');
  header.className = 'page-header';
  // PageHeader's shape (components/ui/page-header.tsx), so the page does not move when React draws it.
  const main = doc.createElement('div');
  main.className = 'page-header-main';
  const title = doc.createElement('h1');
  title.textContent = intro.title;
  const subtitle = doc.createElement('p');
  subtitle.className = 'page-subtitle';
  subtitle.textContent = intro.subtitle.replace('{org}', 'this organization');
  main.append(title);
  header.append(main, subtitle);
  page.prepend(header);
}
