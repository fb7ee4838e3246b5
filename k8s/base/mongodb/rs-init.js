// Run by rs-init.sh against the first member, authenticated as root. Reads its input from the environment.
const hosts = process.env.MONGO_HOSTS.split(',');

let config = null;
try {
  config = rs.conf();
} catch (e) {
  if (e.codeName !== 'NotYetInitialized') throw e;
}

if (config === null) {
  // member 0 is preferred as primary: elections are predictable, and a rolling update (highest ordinal
  // first) restarts the primary last, after both secondaries are back
  const members = hosts.map((host, i) => ({ _id: i, host, priority: i === 0 ? 2 : 1 }));
  print(`initiating rs0 with ${hosts.join(', ')}`);
  rs.initiate({ _id: 'rs0', members });
} else {
  const known = config.members.map((m) => m.host);
  for (const host of hosts.filter((h) => !known.includes(h))) {
    print(`adding ${host} to rs0`);
    rs.add({ host });
  }
}

// users are written on the primary; wait for the election after initiate
for (let i = 0; i < 60 && !db.hello().isWritablePrimary; i++) {
  sleep(1000);
}
if (!db.hello().isWritablePrimary) {
  throw new Error('no primary after 60 s: is a majority of members up?');
}

const services = [
  { user: process.env.CLAIMS_USERNAME, pwd: process.env.CLAIMS_PASSWORD, database: process.env.CLAIMS_DB },
  { user: process.env.REVIEW_USERNAME, pwd: process.env.REVIEW_PASSWORD, database: process.env.REVIEW_DB },
];
const admin = db.getSiblingDB('admin');
for (const s of services) {
  const roles = [{ role: 'readWrite', db: s.database }];
  if (admin.getUser(s.user) === null) {
    admin.createUser({ user: s.user, pwd: s.pwd, roles }, { w: 'majority' });
    print(`created user ${s.user} (readWrite on ${s.database})`);
  } else {
    admin.updateUser(s.user, { pwd: s.pwd, roles }, { w: 'majority' });
    print(`updated user ${s.user}`);
  }
}
printjson(rs.status().members.map((m) => ({ name: m.name, state: m.stateStr })));
