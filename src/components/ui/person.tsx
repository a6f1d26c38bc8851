// A person in a list: avatar, name with badges, and a second line (username or a note).
import type { ReactNode } from 'react';
import { Avatar } from './avatar';
import { Email, isEmail } from './email';

export function Person({
  id,
  name,
  detail,
  badges,
}: {
  id: string;
  name: string;
  detail?: ReactNode;
  badges?: ReactNode;
}) {
  return (
    <span className="person">
      <Avatar name={name} id={id} />
      <span className="person-text">
        <span className="person-name">
          {/* An invite is named by its address: it breaks like one. */}
          {isEmail(name) ? <Email address={name} /> : name}
          {badges}
        </span>
        {typeof detail === 'string' ? (
          <span className="muted small">
            {/* "@handle · email": the line breaks between parts, and an address after its "@". */}
            {detail.split(' · ').map((part, i, parts) => (
              <span key={i}>
                <span className="person-detail-part">
                  {isEmail(part) ? <Email address={part} /> : part}
                  {i < parts.length - 1 ? ' ·' : ''}
                </span>
                {i < parts.length - 1 ? ' ' : ''}
              </span>
            ))}
          </span>
        ) : detail ? (
          <span className="muted small">{detail}</span>
        ) : null}
      </span>
    </span>
  );
}
