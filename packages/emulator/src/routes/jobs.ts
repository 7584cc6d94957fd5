import { notFound } from '../errors';
import { get, type RouteDefinition } from '../http/context';
import type { JobRecord } from '../store/misc-types';

export function jobView(job: JobRecord, origin: string) {
  return {
    type: 'job',
    id: job.id,
    url: `${origin}/jobs/status/${job.id}`,
    status: job.status,
    resource_type: job.resource_type,
    resource_id: job.resource_id,
    resource_url: job.resource_id === null ? null : `${origin}/tickets/${job.resource_id}`,
  };
}

/** Runs a pending job once its time has come; a failure is reported as `failed`, never thrown. */
function settle(job: JobRecord, now: number): void {
  if (job.status !== 'pending' || now < job.ready_at) return;
  try {
    job.resource_id = job.run();
    job.status = 'success';
  } catch {
    job.status = 'failed';
  }
}

export const jobRoutes: RouteDefinition[] = [
  get('/jobs/status/{job_id}', ({ store, params, now, origin }) => {
    const job = store.jobs.get(params.job_id as string);
    if (!job) throw notFound('job_not_found', `Job Not Found: no job with id '${params.job_id}'`);
    settle(job, now);
    return jobView(job, origin);
  }),
];
