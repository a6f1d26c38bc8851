// First: zod's settings hold before any schema of the app is built (zod stays out of the entry script).
import '../api/zod-config';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { ToastProvider } from '../components/ui/toast';
import { TooltipProvider } from '../components/ui/tooltip';
import { createQueryClient } from '../lib/query-client';
import { createRouter } from './router';

export function App({ notice }: { notice: string | null }) {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createRouter(notice));
  return (
    <QueryClientProvider client={queryClient}>
      <TooltipProvider delayDuration={200}>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </TooltipProvider>
    </QueryClientProvider>
  );
}
