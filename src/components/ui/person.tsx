// A person in a list: avatar, name with badges, and a second line (username or a note).
import type { ReactNode } from 'react';
import { Avatar } from './avatar';

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
          {name}
          {badges}
        </span>
        {detail ? <span className="muted small">{detail}</span> : null}
      </span>
    </span>
  );
}
