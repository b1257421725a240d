console.error("planted console error");
