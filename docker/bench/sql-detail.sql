-- pgbench script: the bare SQL behind GraphQL node(id:) { ... on Party { addresses contactChannels bankAccounts } }:
-- PartyRepository.findById, then the three DataLoader batches (AddressRepository, ChannelRepository and
-- BankAccountRepository findByParties) for one party. One sampled party per transaction (bench.terms ids lo..hi).
\set r random(:lo, :hi)
SELECT party_id AS pid FROM bench.terms WHERE id = :r \gset
SELECT * FROM parties WHERE id = :pid;
SELECT * FROM party_addresses WHERE party_id IN (:pid) ORDER BY valid_from DESC, created_at DESC;
SELECT * FROM party_contact_channels WHERE party_id IN (:pid) ORDER BY kind, created_at;
SELECT * FROM party_bank_accounts WHERE party_id IN (:pid) ORDER BY created_at;
