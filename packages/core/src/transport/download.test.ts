import { describe, expect, it } from 'vitest';
import { IntercomClient } from '../client';
import { NotFoundError } from '../errors';
import { errorList, fakeFetch, json } from '../internal/testing';

// gzip magic bytes followed by bytes that are not valid UTF-8: lost if the body were read as text.
const archive = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe, 0x80, 0x00]);

describe('file downloads', () => {
  it('asks for the declared media type and returns the bytes untouched', async () => {
    const { fetch, requests } = fakeFetch(
      () => new Response(archive, { headers: { 'content-type': 'application/octet-stream' } }),
    );
    const client = new IntercomClient({ token: 't', fetch });
    const data = await client.dataExport.download({ job_identifier: 'job 1' });
    expect(requests[0]?.headers.get('accept')).toBe('application/octet-stream');
    expect(requests[0]?.url).toBe('https://api.intercom.io/download/content/data/job%201');
    expect(data).toBeInstanceOf(ArrayBuffer);
    expect(new Uint8Array(data)).toEqual(archive);
  });

  it('still maps a JSON error answer of a download to its error class', async () => {
    const { fetch } = fakeFetch(() => json(errorList('not_found', 'Export job not found'), 404));
    const client = new IntercomClient({ token: 't', fetch, maxRetries: 0 });
    const failure = await client.dataExport.download({ job_identifier: 'nope' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NotFoundError);
    expect((failure as NotFoundError).message).toContain('Export job not found');
  });

  it('keeps asking for JSON everywhere else', async () => {
    const { fetch, requests } = fakeFetch(() => json({ type: 'admin.list', admins: [] }));
    await new IntercomClient({ token: 't', fetch }).admins.list();
    expect(requests[0]?.headers.get('accept')).toBe('application/json');
  });
});
