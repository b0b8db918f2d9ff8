"""The "Train your own" playground: toy reordering tasks, a trainer for the project's Seq2Seq, and a
live run in a child process. No Streamlit here."""
