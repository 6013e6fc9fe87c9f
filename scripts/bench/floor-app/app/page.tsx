import { cookies } from 'next/headers';

// Rendered on every request, as a signed-in desk page is (it reads the cookies), with no session,
// no database and no translations: what Next itself costs per dynamic render on this machine.
export default async function DynamicFloorPage() {
  const visitor = (await cookies()).get('visitor')?.value ?? 'anonymous';
  return (
    <main>
      <h1>Hello, {visitor}</h1>
      <ul>
        {Array.from({ length: 40 }, (_, row) => (
          <li key={row}>Row {row}: a line of text about as long as a queue entry on the desk home.</li>
        ))}
      </ul>
    </main>
  );
}
