'use client';
// An error in the desk's own layout (reading the signed-in editor, the first query of every desk
// request, so the one a database outage usually hits) lands here, one level above the desk pages'
// error page; it is the same page, in the editor's language.
import DeskError from './desk/error';

export default DeskError;
