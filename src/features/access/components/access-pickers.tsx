// Who and where: a person the viewer may explain, and a team or project they can see.
import { useState } from 'react';
import type { AccessPerson } from '../../../api/access';
import { useDebounced } from '../../../lib/use-debounced';
import { usePeople, useTargets } from '../api/get-pickers';
import { SearchPicker, type PickerItem } from './search-picker';

const KIND_LABELS = {
  org: 'Organization: permissions from the org role',
  team: 'Team',
  project: 'Project',
} as const;

const personItem = (p: AccessPerson): PickerItem => ({
  value: p.id,
  label: p.name,
  description: [p.email, p.description].filter(Boolean).join(' · '),
});

export function AccessPickers({
  org,
  user,
  subject,
  target,
  onUser,
  onTarget,
}: {
  org: string;
  user: string;
  /** The chosen person as the server described them, once known. */
  subject: AccessPerson | null;
  target: { kind: 'org' | 'team' | 'project'; value: string } | null;
  onUser: (id: string) => void;
  onTarget: (kind: 'org' | 'team' | 'project', value: string) => void;
}) {
  const [personQuery, setPersonQuery] = useState('');
  const [targetQuery, setTargetQuery] = useState('');
  const people = usePeople(org, useDebounced(personQuery, 200));
  const targets = useTargets(org, useDebounced(targetQuery, 200));
  const personItems = (people.data?.items ?? []).map(personItem);
  const currentPerson =
    subject && subject.id === user
      ? personItem(subject)
      : (personItems.find((p) => p.value === user) ?? (user ? { value: user, label: user } : null));
  const targetItems = (targets.data?.items ?? []).map((t) => ({
    value: `${t.kind}:${t.value}`,
    label: t.label,
    description: KIND_LABELS[t.kind],
  }));
  const currentTarget = target
    ? {
        value: `${target.kind}:${target.value}`,
        label:
          target.kind === 'team'
            ? `Team ${target.value}`
            : target.kind === 'org'
              ? 'The organization'
              : target.value,
        description: KIND_LABELS[target.kind],
      }
    : null;
  return (
    <div className="access-pickers">
      <SearchPicker
        key={`person-${user}`}
        label="Person"
        searchLabel="Find a person"
        current={currentPerson}
        items={personItems}
        total={people.data?.total ?? 0}
        loading={people.isPending}
        query={personQuery}
        onQuery={setPersonQuery}
        onPick={onUser}
      />
      <SearchPicker
        key={`target-${currentTarget?.value ?? ''}`}
        label="Organization, team or project"
        searchLabel="Find a team or project"
        current={currentTarget}
        items={targetItems}
        total={targets.data?.total ?? 0}
        loading={targets.isPending}
        query={targetQuery}
        onQuery={setTargetQuery}
        onPick={(value) => {
          const [kind, ...rest] = value.split(':');
          onTarget(kind === 'team' || kind === 'org' ? kind : 'project', rest.join(':'));
        }}
      />
    </div>
  );
}
