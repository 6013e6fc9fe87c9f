import { notFound } from 'next/navigation';

// An unknown desk address. Without this route Next would answer with its prebuilt static 404, whose
// scripts carry no nonce and so are refused by the desk's nonce policy (proxy.ts). Rendered per
// request like the rest of the desk, the 404 gets the nonce and works.
export default function UnknownDeskPage(): never {
  notFound();
}
