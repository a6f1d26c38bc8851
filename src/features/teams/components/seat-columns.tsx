// The two seat columns of a team's member lists (dashboard and settings), read-only.
import { createColumnHelper } from '@tanstack/react-table';
import type { Seat } from '../../../api/common';
import { SeatText } from '../../../components/ui/seat-text';

export function seatColumns<T extends { modelsSeat: Seat | null; weaveAccess: Seat | null }>() {
  const col = createColumnHelper<T>();
  return [
    col.display({
      id: 'modelsSeat',
      header: 'Models seat',
      cell: ({ row }) => <SeatText seat={row.original.modelsSeat} none="No seat needed" />,
    }),
    col.display({
      id: 'weaveAccess',
      header: 'Weave access',
      cell: ({ row }) => <SeatText seat={row.original.weaveAccess} none="—" />,
    }),
  ];
}
