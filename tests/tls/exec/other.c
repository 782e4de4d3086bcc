__thread int other_tu;
