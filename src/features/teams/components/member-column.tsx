// The Member column of the team's two member tables (the dashboard's and Team settings'): the person,
// a second line, and a "You" badge on your own row.
import type { ReactNode } from 'react';
import { createColumnHelper, type ColumnDef } from '@tanstack/react-table';
import { Badge } from '../../../components/ui/badge';
import { Person } from '../../../components/ui/person';

export function memberColumn<T extends { id: string; name: string; isYou: boolean }>(
  detail: (member: T) => string | null,
  badge: (member: T) => ReactNode = () => null,
): ColumnDef<T> {
  return createColumnHelper<T>().display({
    id: 'member',
    header: 'Member',
    cell: ({ row: { original: m } }) => (
      <Person
        id={m.id}
        name={m.name}
        detail={detail(m)}
        badges={
          <>
            {m.isYou ? <Badge tone="accent">You</Badge> : null}
            {badge(m)}
          </>
        }
      />
    ),
  });
}
