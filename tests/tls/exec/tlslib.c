__thread int lib_counter;
