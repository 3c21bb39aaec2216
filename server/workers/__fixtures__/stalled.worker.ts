// A worker entry that never comes up (stuck while loading): it never starts a job.
for (;;);
