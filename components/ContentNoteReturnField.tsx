import { ENHANCE_ATTRIBUTE, RETURN_FRAGMENT } from '@/lib/client/hooks';

/**
 * Where "Continue" returns to: the page the reader asked for. The page's
 * script adds the #fragment, which the server never sees (lib/client/return-fragment.ts).
 */
export function ContentNoteReturnField({ value }: { value: string }) {
  return <input type="hidden" name="return" defaultValue={value} {...{ [ENHANCE_ATTRIBUTE]: RETURN_FRAGMENT.enhance }} />;
}
