"""Team mode on PostgreSQL: setting up roles and access (`kempen team ...`)."""
