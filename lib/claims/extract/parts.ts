// What one cue occurrence yields once a shape has matched: content, source and how they were found.
import type { TokenRange } from './window';
import type { Span } from './types';

export interface Parts {
  content: TokenRange;
  source: TokenRange | null;
  /** A "-nya" source inside the cue word itself, as a character span. */
  suffix?: Span;
  quoted: boolean;
  /** `X said:` closing its paragraph: the content is the quoted paragraph that follows. */
  runsOn?: boolean;
  /** The content as pieces, when it skips the cue ("A," she said, "B."). */
  pieces?: TokenRange[];
}
