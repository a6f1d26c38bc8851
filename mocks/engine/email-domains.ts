// Which email domains belong to a company. A sign-up from an unclaimed company domain founds its org
// (W&B: "the first user to sign up with a unique organization domain"); a personal mailbox never claims
// its provider's domain. Written here rather than taken from a package: the npm lists either download
// their data at install time (blocked on CI) or read it with `fs` (the engine runs in a browser worker);
// the providers people actually sign up with are few.
const PERSONAL_PROVIDERS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com',
  'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com', 'pm.me',
  'gmx.com', 'gmx.net', 'gmx.de', 'web.de', 'mail.com', 'zoho.com', 'yandex.com', 'yandex.ru',
  'mail.ru', 'qq.com', '163.com', '126.com', 'fastmail.com', 'hey.com', 'tutanota.com', 'duck.com',
]); // prettier-ignore

/** A company's domain (not a personal mailbox provider's). */
export const isCompanyDomain = (domain: string): boolean =>
  domain !== '' && !PERSONAL_PROVIDERS.has(domain.toLowerCase());
