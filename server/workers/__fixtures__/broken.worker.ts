// A worker entry that cannot start, as a broken build or a missing native library would.
throw new Error("this entry cannot start");
