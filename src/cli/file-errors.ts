/** Node's file-system errors in plain words, so a blocked read or write is one clear line. */

interface SystemError {
  code: string;
  syscall?: string;
  path?: string;
  dest?: string;
}

/** Codes that mean the file system said no, as opposed to a bug in the tracker. */
const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the folder is read-only',
  ENOTDIR: 'a file stands where a folder should be',
  EISDIR: 'a folder stands where a file should be',
  EEXIST: 'something is already there',
  ENOENT: 'there is no such file or folder',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'the path loops through links',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EIO: 'the disk reported an error',
  EBUSY: 'the file is in use',
  ETXTBSY: 'the file is in use',
  EXDEV: 'it is on another disk',
  EFBIG: 'the file is too large',
  EINVAL: 'the name or path is not allowed here',
  ERR_STRING_TOO_LONG: 'the file is too large to read',
  ERR_FS_FILE_TOO_LARGE: 'the file is too large to read',
};

export function isSystemError(error: unknown): error is Error & SystemError {
  return error instanceof Error && 'code' in error && typeof error.code === 'string';
}

/** The plain reason for a file-system error, or undefined when it is not one. */
export function fileErrorReason(error: unknown): string | undefined {
  if (!isSystemError(error)) return undefined;
  return REASONS[error.code];
}

/** "could not use /v/P/x.md: the folder is read-only.", or undefined when `error` is not a file-system error. */
export function describeFileError(error: unknown, verb = 'could not use'): string | undefined {
  const reason = fileErrorReason(error);
  if (reason === undefined || !isSystemError(error)) return undefined;
  const where = error.dest ?? error.path;
  return where === undefined ? `${verb} a file: ${reason}.` : `${verb} ${where}: ${reason}.`;
}

export function hasCode(error: unknown, code: string): boolean {
  return isSystemError(error) && error.code === code;
}
