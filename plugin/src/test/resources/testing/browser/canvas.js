// A bar chart in plain canvas calls: proves chartDrawn sees painted pixels.
const ctx = document.querySelector('#chart canvas').getContext('2d');
[120, 60, 160, 90].forEach((h, i) => {
  ctx.fillStyle = '#1f5f8b';
  ctx.fillRect(20 + i * 90, 200 - h, 60, h);
});
