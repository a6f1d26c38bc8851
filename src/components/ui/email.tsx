// An email address that breaks where a person reads a break, after the "@", never inside a name or at
// the domain's hyphen; a part still wider than its column is cut with an ellipsis, and the title keeps
// the whole address (issue 15: "kenji.watanab / e@acme- / ml.com").
export function Email({ address, inline = false }: { address: string; inline?: boolean }) {
  const at = address.lastIndexOf('@');
  return (
    <span className={inline ? 'email-inline' : 'email-address'} title={address}>
      {at <= 0 ? (
        <span className="email-part">{address}</span>
      ) : (
        <>
          <span className="email-part">{address.slice(0, at + 1)}</span>
          <wbr />
          <span className="email-part">{address.slice(at + 1)}</span>
        </>
      )}
    </span>
  );
}

/** Whether a name or a line is an address (an invite is named by its email). */
export const isEmail = (text: string): boolean => /^[^\s@]+@[^\s@]+$/.test(text);

/** A sentence whose addresses break like addresses ("Ava Chen invited kenji.watanabe@acme-ml.com …"). */
export function TextWithEmails({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/(\S+@\S+\.\w+)/)
        .map((part, i) => (i % 2 === 1 ? <Email key={i} address={part} inline /> : part))}
    </>
  );
}
